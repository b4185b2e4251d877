// Gaps met while writing the exercises that no exercise solution shows on its own, kept
// as regression tests once closed.
import { expect, it } from 'vitest'
import { freshSession, play } from './sim'

it('a busybox container running `tail -F` on a file keeps running', async () => {
  const session = freshSession()
  const played = await play(
    session,
    "kubectl run follower --image=busybox:1.36 -- sh -c 'touch /tmp/x.log; tail -F /tmp/x.log'\nsleep 30\nkubectl get pod follower"
  )
  expect(played.transcript).toMatch(/follower\s+1\/1\s+Running\s+0\s/)
})
