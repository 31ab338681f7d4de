import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../components/styles/index.css';
import { App } from './App';
import { readUrl } from './url';

const request = readUrl(location.search, navigator.languages);
document.documentElement.lang = request.lang === 'zh' ? 'zh-CN' : 'en';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App request={request} />
  </StrictMode>,
);
