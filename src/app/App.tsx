import { useMemo } from 'react';
import basic from '../scenario/presets/basic.json';
import { validateScenario } from '../scenario';
import { runScenario } from '../sim';
import { asciiDiagram } from '../trace';

/** The basic run drawn as the classic diagram: the engine end to end in the browser. */
export function App() {
  const diagram = useMemo(() => {
    const result = validateScenario(basic);
    return result.ok ? asciiDiagram(runScenario(result.scenario)) : result.errors[0]!.message;
  }, []);
  return (
    <main>
      <h1>Paxoscope</h1>
      <pre data-diagram="ascii">{diagram}</pre>
    </main>
  );
}
