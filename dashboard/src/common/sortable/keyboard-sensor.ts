/**
 * dnd-kit's KeyboardSensor, made to keep every key a person presses while moving an item, however quickly
 * they press them and however busy the browser is.
 *
 * Left to itself the sensor loses keys in two ways. It starts listening one timer tick after Space picks the
 * item up (so that Space does not drop it at once), and a busy browser handles input before timers: an
 * arrow pressed straight after Space was dropped, and with it the move. And each key acts on the state dnd-kit
 * last rendered, of which one part (the place the item is over, read out and used on drop) catches up a render
 * after the move: Space pressed straight after an arrow dropped the item where it had been before that arrow.
 *
 * So while an item is picked up, the keys the sensor acts on are held here and handed on one at a time, each
 * once dnd-kit listens and the item is over the place the previous key took it to.
 */
import { KeyboardCode, KeyboardSensor, type KeyboardSensorProps, type SensorInstance } from '@dnd-kit/core';

/** The keys the sensor acts on while an item is picked up (its defaults: drop, cancel, move). */
const KEYS: readonly string[] = [
  KeyboardCode.Space,
  KeyboardCode.Enter,
  KeyboardCode.Esc,
  KeyboardCode.Up,
  KeyboardCode.Down,
  KeyboardCode.Left,
  KeyboardCode.Right,
];

/** How many timer ticks to wait for dnd-kit to settle before handing on the next key regardless. */
const MAX_TICKS = 200;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve));
/** The next frame, or a tenth of a second where frames are not drawn (a hidden tab). */
const frame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    globalThis.requestAnimationFrame?.(() => {
      clearTimeout(timer);
      resolve();
    });
  });

export class OrderedKeyboardSensor implements SensorInstance {
  static activators = KeyboardSensor.activators;
  readonly autoScrollEnabled: boolean;

  constructor(props: KeyboardSensorProps) {
    const target = props.event.target;
    const doc = (target instanceof Node ? target.ownerDocument : null) ?? document;
    const held: KeyboardEvent[] = [];
    const handedOn = new WeakSet<Event>();
    let stopped = false;
    let draining = false;

    const stop = () => {
      stopped = true;
      held.length = 0;
      doc.removeEventListener('keydown', hold, true);
    };
    /**
     * What dnd-kit shows now: where the item is, what it is over, and where the page is scrolled (a move past
     * the middle of the window scrolls the page instead, and dnd-kit learns of the scroll from its event).
     */
    const snapshot = () => {
      const { over, collisions, collisionRect, scrollableAncestors } = props.context.current;
      return {
        caughtUp: (over?.id ?? null) === (collisions?.[0]?.id ?? null),
        key: [
          over?.id,
          collisionRect?.top,
          collisionRect?.left,
          ...scrollableAncestors.flatMap((el) => [el.scrollTop, el.scrollLeft]),
        ].join('|'),
      };
    };
    /** Waits until the last key has had its whole effect: a frame has passed and nothing changed since. */
    const settle = async () => {
      await frame();
      let before = snapshot().key;
      for (let i = 0; i < MAX_TICKS && !stopped; i++) {
        await tick();
        const now = snapshot();
        if (now.caughtUp && now.key === before) return;
        before = now.key;
      }
    };
    const handOn = (key: KeyboardEvent) => {
      const copy = new KeyboardEvent('keydown', {
        key: key.key,
        code: key.code,
        shiftKey: key.shiftKey,
        ctrlKey: key.ctrlKey,
        altKey: key.altKey,
        metaKey: key.metaKey,
        bubbles: true,
        cancelable: true,
      });
      handedOn.add(copy);
      doc.dispatchEvent(copy);
    };
    const drain = async () => {
      if (draining) return;
      draining = true;
      // The sensor's own listener is added on a timer set before this one, and the pick-up is measured.
      await settle();
      while (!stopped && held.length > 0) {
        const key = held.shift();
        if (!key) break;
        handOn(key);
        await settle();
      }
      draining = false;
    };
    function hold(event: KeyboardEvent) {
      if (event === props.event || handedOn.has(event) || !KEYS.includes(event.code)) return;
      event.preventDefault();
      event.stopPropagation();
      held.push(event);
      void drain();
    }

    // Held from the start, in the capture phase, so that no key reaches the sensor out of turn.
    doc.addEventListener('keydown', hold, true);
    const sensor = new KeyboardSensor({
      ...props,
      onEnd: () => {
        stop();
        props.onEnd();
      },
      onCancel: () => {
        stop();
        props.onCancel();
      },
    });
    this.autoScrollEnabled = sensor.autoScrollEnabled;
  }
}
