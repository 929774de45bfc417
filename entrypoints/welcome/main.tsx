import { render } from 'preact';
import '@/entrypoints/options/shared/pages.css';
import { WelcomeApp } from './WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
