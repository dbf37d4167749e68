// Campaign ROI macro: not built yet; an honest placeholder that shows no figures.
import { mountSurface } from '../ui/app-shell';
import { Placeholder } from '../ui/placeholder';

mountSurface(<Placeholder message="placeholder.campaign" />);
