import { render } from 'preact';
import { t, uiLanguage } from '@/lib/ui/i18n';
import './evidence.css';
import { EvidenceApp } from './EvidenceApp';

document.documentElement.lang = uiLanguage();
document.title = `${t('evidence_title')} · ${t('extName')}`;
render(<EvidenceApp />, document.getElementById('app')!);
