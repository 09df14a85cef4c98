// Types of the kit's elements in React 19 JSX, from the package alone.
import type {} from 'welfare-navigator/jsx-react';
import type { WelfareEventMap, WelfareServiceMap } from 'welfare-navigator';
import { useState } from 'react';

export function App() {
  const [opened, setOpened] = useState('');
  const onSelect = (event: CustomEvent<WelfareEventMap['welfare-benefit-select']>) => setOpened(event.detail.id);
  return (
    <main lang="zh-Hant">
      <welfare-benefit-finder district="豐原區" compact syncUrl={false} onwelfare-benefit-select={onSelect} />
      <welfare-eligibility-quiz audience="older-people" onwelfare-quiz-complete={(e) => e.detail} />
      <welfare-contact-directory district="豐原區" mapButtons className="directory" />
      <welfare-service-map
        district="西屯區"
        zoom="12"
        onwelfare-location-select={(e) => setOpened(e.detail.id)}
        ref={(map: WelfareServiceMap | null) => void map?.mapReady}
      />
      <welfare-kiosk idleTimeout={90} shareBase="https://example.org/quiz" />
      <welfare-qr-code value="tel:+886422289111" />
      {/* @ts-expect-error compact is a boolean property */}
      <welfare-benefit-finder compact="yes" />
      {/* @ts-expect-error no such property */}
      <welfare-service-map districts="西屯區" />
      {/* @ts-expect-error the detail of welfare-search has no id */}
      <welfare-benefit-finder onwelfare-search={(e) => e.detail.id} />
      <p>{opened}</p>
    </main>
  );
}
