<?php

declare(strict_types=1);

/*
 * ReactPHP daemon sitting between hematology analysers (MLLP/HL7 v2.5) and the
 * LIS. Every ORU^R01 the analyser emits is forwarded to the LIS; the gateway
 * keeps the message until the LIS acknowledges it so it can be retransmitted
 * after a reconnect.
 */

namespace React\EventLoop {
    final class Loop
    {
        private static ?Loop $instance = null;
        /** @var \SplQueue<callable> */
        private \SplQueue $ticks;

        private function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public static function get(): Loop
        {
            return self::$instance ??= new Loop();
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function run(): void
        {
            while (!$this->ticks->isEmpty()) {
                ($this->ticks->dequeue())();
            }
        }
    }
}

namespace React\Promise {
    final class Deferred
    {
        private array $handlers = [];
        private mixed $value = null;
        private bool $settled = false;

        public function resolve(mixed $value): void
        {
            $this->value = $value;
            $this->settled = true;
            foreach ($this->handlers as $handler) {
                $handler($value);
            }
            $this->handlers = [];
        }

        public function then(callable $onFulfilled): void
        {
            if ($this->settled) {
                $onFulfilled($this->value);
                return;
            }
            $this->handlers[] = $onFulfilled;
        }
    }
}

namespace Lab\Hl7 {
    use React\EventLoop\Loop;
    use React\Promise\Deferred;

    final class Segment
    {
        public function __construct(public readonly string $id, public readonly array $fields)
        {
        }
    }

    final class Message
    {
        /** @param list<Segment> $segments */
        public function __construct(
            public readonly string $controlId,
            public readonly string $type,
            public readonly array $segments,
            public readonly string $raw,
        ) {
        }

        public function segment(string $id): ?Segment
        {
            foreach ($this->segments as $segment) {
                if ($segment->id === $id) {
                    return $segment;
                }
            }
            return null;
        }
    }

    final class Parser
    {
        public function parse(string $raw): Message
        {
            $segments = [];
            foreach (preg_split('/\r\n?|\n/', trim($raw)) as $line) {
                $fields = explode('|', $line);
                $segments[] = new Segment($fields[0], $fields);
            }
            $msh = $segments[0]->fields;
            return new Message($msh[9], $msh[8], $segments, $raw);
        }
    }

    final class Ack
    {
        public function __construct(
            public readonly string $code,
            public readonly string $controlId,
            public readonly string $text,
        ) {
        }
    }

    /** Stand-in for the LIS MLLP connection: answers on the next loop tick. */
    final class LisConnection
    {
        private array $knownTests = ['WBC', 'RBC', 'HGB', 'HCT', 'PLT', 'MCV'];

        public function __construct(private readonly Loop $loop)
        {
        }

        public function send(Message $message): Deferred
        {
            $deferred = new Deferred();
            $this->loop->futureTick(function () use ($deferred, $message): void {
                $unknown = null;
                foreach ($message->segments as $segment) {
                    if ($segment->id === 'OBX' && !in_array(explode('^', $segment->fields[3])[0], $this->knownTests, true)) {
                        $unknown = $segment->fields[3];
                    }
                }
                $deferred->resolve($unknown === null
                    ? new Ack('AA', $message->controlId, 'Message accepted')
                    : new Ack('AE', $message->controlId, 'Unknown observation identifier ' . $unknown));
            });
            return $deferred;
        }
    }

    final class ErrorReport
    {
        private array $lines = [];

        public function add(string $line): void
        {
            $this->lines[] = $line;
            if (count($this->lines) >= 25) {
                $this->lines = [];
            }
        }
    }

    final class ResultForwarder
    {
        private \SplObjectStorage $awaitingAck;
        private int $accepted = 0;
        private int $rejected = 0;

        public function __construct(
            private readonly Parser $parser,
            private readonly LisConnection $lis,
            private readonly ErrorReport $errors,
        ) {
            $this->awaitingAck = new \SplObjectStorage();
        }

        public function onAnalyzerFrame(string $frame): void
        {
            $message = $this->parser->parse($frame);
            if ($message->type !== 'ORU^R01') {
                return;
            }
            $this->track($message, microtime(true));
            $this->lis->send($message)->then(fn (Ack $ack) => $this->onAck($message, $ack));
        }

        private function track(Message $message, float $sentAt): void
        {
            $this->awaitingAck->attach($message, ['sent_at' => $sentAt, 'attempts' => 1]); // leak
        }

        private function onAck(Message $message, Ack $ack): void
        {
            switch ($ack->code) {
                case 'AA':
                case 'CA':
                    $this->awaitingAck->detach($message);
                    $this->accepted++;
                    break;
                case 'AE':
                case 'AR':
                    $this->rejected++;
                    $pid = $message->segment('PID');
                    $this->errors->add(sprintf('%s %s patient=%s: %s', $ack->code, $ack->controlId, $pid?->fields[3] ?? '?', $ack->text));
                    break;
            }
        }

        /** Called after an MLLP reconnect: resend whatever the LIS never confirmed. */
        public function pendingRetransmits(): \Generator
        {
            foreach ($this->awaitingAck as $message) {
                yield $message->controlId => $message->raw;
            }
        }
    }
}

namespace {
    use Lab\Hl7\ErrorReport;
    use Lab\Hl7\LisConnection;
    use Lab\Hl7\Parser;
    use Lab\Hl7\ResultForwarder;
    use React\EventLoop\Loop;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $loop = Loop::get();
    $forwarder = new ResultForwarder(new Parser(), new LisConnection($loop), new ErrorReport());

    $analytes = [['WBC', '10*9/L', 6.1], ['RBC', '10*12/L', 4.7], ['HGB', 'g/dL', 14.2], ['PLT', '10*9/L', 250.0], ['MCV', 'fL', 89.0]];
    $frameFor = static function (int $i) use ($analytes): string {
        $ts = date('YmdHis', 1717000000 + $i * 45);
        $lines = [
            "MSH|^~\\&|XN-1000|HEME-LAB|LIS|GENHOSP|{$ts}||ORU^R01|XN{$ts}" . sprintf('%05d', $i) . '|P|2.5.1',
            'PID|1||MRN' . (800000 + $i * 7) . '^^^GENHOSP^MR||' . ['DOE^JANE', 'NGUYEN^AN', 'SILVA^MARIA', 'MBEKI^THABO'][$i % 4] . '||19' . (50 + $i % 45) . '0412|F',
            'OBR|1|ORD' . (500000 + $i) . '|S24-' . sprintf('%06d', 10000 + $i) . "|CBC^Complete blood count^L|||{$ts}",
        ];
        foreach ($analytes as $k => [$code, $unit, $base]) {
            // older firmware reports the reticulocyte channel under its own code
            $obsCode = ($k === 4 && $i % 3 === 1) ? 'RET-HE' : $code;
            $lines[] = sprintf('OBX|%d|NM|%s^%s^LN||%.1f|%s|||N|||F|||%s', $k + 1, $obsCode, $code, $base * (0.85 + ($i % 30) / 100), $unit, $ts);
        }
        return implode("\r", $lines);
    };

    for ($i = 0; $i < $n; $i++) {
        $loop->futureTick(static fn () => $forwarder->onAnalyzerFrame($frameFor($i)));
        $loop->run();
    }
}
