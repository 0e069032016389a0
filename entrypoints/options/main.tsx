import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/options/options.css';
import '@/components/shared/zone-picker.css';
import { App } from './App';

const container = document.getElementById('root');
if (container) createRoot(container).render(<StrictMode><App /></StrictMode>);
