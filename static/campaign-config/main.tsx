// Campaign ROI macro configuration: not built yet; an honest placeholder.
import { mountSurface } from '../ui/app-shell';
import { Placeholder } from '../ui/placeholder';

mountSurface(<Placeholder message="placeholder.campaignConfig" />);
