// Campaign ROI macro configuration: the campaign record, its metric imports, saved with the macro instance.
import { mountSurface } from '../ui/app-shell';
import { ConfigScreen } from './config-screen';
import './campaign-config.css';

mountSurface(<ConfigScreen />);
