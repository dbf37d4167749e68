// The business-health macro's screen: until the diagnosis back end answers, an honest placeholder.
import { Placeholder } from '../ui/placeholder';

export function DiagnosisScreen() {
  return <Placeholder message="placeholder.diagnosis" />;
}
