import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import './styles/base.css'
import './styles/document.css'
import './styles/slides.css'

createApp(App).use(createPinia()).use(router).mount('#app')
