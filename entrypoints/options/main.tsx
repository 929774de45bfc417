import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = navigator.language;
render(<OptionsApp />, document.getElementById('app')!);
