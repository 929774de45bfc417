import { render } from 'preact';
import '@/entrypoints/options/shared/pages.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
