// Campaign ROI macro: the verdict, the pre-launch model and the post-campaign audit of the configured campaign.
import { mountSurface } from '../ui/app-shell';
import { CampaignScreen } from './campaign-screen';
import './campaign.css';

mountSurface(<CampaignScreen />);
