<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {

    interface StampInterface
    {
    }

    final class ReceivedStamp implements StampInterface
    {
        public function __construct(public readonly string $transportName)
        {
        }
    }

    final class Envelope
    {
        /** @param list<StampInterface> $stamps */
        private function __construct(private readonly object $message, private readonly array $stamps = [])
        {
        }

        public static function wrap(object $message): self
        {
            return $message instanceof self ? $message : new self($message);
        }

        public function with(StampInterface ...$stamps): self
        {
            return new self($this->message, [...$this->stamps, ...$stamps]);
        }

        public function last(string $stampFqcn): ?StampInterface
        {
            for ($i = count($this->stamps) - 1; $i >= 0; $i--) {
                if ($this->stamps[$i] instanceof $stampFqcn) {
                    return $this->stamps[$i];
                }
            }
            return null;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private readonly array $handlers, private readonly Transport\InMemoryTransport $transport)
        {
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = Envelope::wrap($message);
            if ($envelope->last(ReceivedStamp::class) === null) {
                // routed to the async transport, handled by the worker
                $this->transport->send($envelope);
                return $envelope;
            }
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }
            return $envelope;
        }
    }

    final class Worker
    {
        private bool $shouldStop = false;

        public function __construct(
            private readonly Transport\InMemoryTransport $receiver,
            private readonly MessageBus $bus,
            private readonly \Closure $onIdle,
        ) {
        }

        /** @param array{limit?: int} $options */
        public function run(array $options = []): void
        {
            $handled = 0;
            while (!$this->shouldStop) {
                $envelopes = $this->receiver->get();
                if ($envelopes === []) {
                    ($this->onIdle)();
                    continue;
                }
                foreach ($envelopes as $envelope) {
                    $this->bus->dispatch($envelope->with(new ReceivedStamp('async')));
                    $this->receiver->ack($envelope);
                    if (isset($options['limit']) && ++$handled >= $options['limit']) {
                        $this->shouldStop = true;
                    }
                }
            }
        }
    }
}

namespace Symfony\Component\Messenger\Transport {

    use Symfony\Component\Messenger\Envelope;

    final class InMemoryTransport
    {
        /** @var list<Envelope> */
        private array $queue = [];

        public function send(Envelope $envelope): void
        {
            $this->queue[] = $envelope;
        }

        /** @return list<Envelope> */
        public function get(): array
        {
            $batch = $this->queue;
            $this->queue = [];
            return $batch;
        }

        public function ack(Envelope $envelope): void
        {
        }
    }
}

namespace App\Message {

    final class ScheduleInspection
    {
        public function __construct(
            public readonly string $inspectionId,
            public readonly string $permitNumber,
            public readonly string $checklistTemplate,
            public readonly \DateTimeImmutable $scheduledFor,
            public readonly string $inspectorBadge,
        ) {
        }
    }
}

namespace App\Inspection {

    use App\Message\ScheduleInspection;

    final class ChecklistTemplates
    {
        public const KNOWN = ['footing', 'framing', 'rough_electrical', 'rough_plumbing', 'insulation', 'final_building', 'fire_final', 'general'];

        /** @return list<array{code: string, text: string, code_section: string}> */
        public static function items(string $template, string $variant): array
        {
            $items = [];
            foreach (['Approved plans on site', 'Permit card posted and visible from street', 'Work matches approved scope', 'Setbacks verified against site plan', 'Fire separation assemblies intact', 'Smoke and CO alarms located per plan', 'Egress windows meet minimum net clear opening', 'Guardrails and handrails at required heights', 'Penetrations firestopped with listed systems', 'Corrections from previous visit resolved'] as $n => $text) {
                $items[] = [
                    'code' => sprintf('%s-%02d', strtoupper(substr($template, 0, 3)), $n + 1),
                    'text' => $text . ' (' . str_replace('_', ' ', $template) . ', ' . $variant . ')',
                    'code_section' => sprintf('IBC 2021 %d.%d as amended by Ord. 24-%03d', 100 + $n * 7, $n + 1, 40 + $n),
                ];
            }
            return $items;
        }
    }

    /**
     * Checklists are expensive to assemble (amendments, local overlays), so the
     * compiled version is kept for the life of the worker.
     */
    function inspection_checklist(string $template, string $variant): array
    {
        static $compiled = [];

        return $compiled[$template . '|' . $variant] ??= ChecklistTemplates::items($template, $variant);
    }

    /** Which edition of the checklist applies to an appointment. */
    function checklist_variant(ScheduleInspection $message): string
    {
        // frost-depth and heating items change with the season of the visit
        return ['winter', 'spring', 'summer', 'autumn'][intdiv((int) $message->scheduledFor->format('n') % 12, 3)];
    }

    function checklist_template(ScheduleInspection $message): string
    {
        return in_array($message->checklistTemplate, ChecklistTemplates::KNOWN, true)
            ? $message->checklistTemplate
            : 'general';
    }

    final class Appointment
    {
        public function __construct(
            public readonly string $inspectionId,
            public readonly string $permitNumber,
            public readonly string $slot,
            public readonly int $checklistSize,
            public readonly string $inspectorBadge,
        ) {
        }
    }

    final class AppointmentGateway
    {
        public int $written = 0;

        public function save(Appointment $appointment): void
        {
            // INSERT INTO inspection_appointment ...
            $this->written++;
        }
    }

    final class ScheduleInspectionHandler
    {
        public function __construct(private readonly AppointmentGateway $gateway)
        {
        }

        public function __invoke(ScheduleInspection $message): void
        {
            $checklist = inspection_checklist(checklist_template($message), checklist_variant($message));

            $this->gateway->save(new Appointment(
                $message->inspectionId,
                $message->permitNumber,
                $message->scheduledFor->format(DATE_ATOM),
                count($checklist),
                $message->inspectorBadge,
            ));
        }
    }
}

namespace {

    use App\Inspection\AppointmentGateway;
    use App\Inspection\ScheduleInspectionHandler;
    use App\Message\ScheduleInspection;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Transport\InMemoryTransport;
    use Symfony\Component\Messenger\Worker;

    $transport = new InMemoryTransport();
    $bus = new MessageBus([ScheduleInspection::class => [new ScheduleInspectionHandler(new AppointmentGateway())]], $transport);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $templates = ['footing', 'framing', 'rough_electrical', 'rough_plumbing', 'insulation', 'final_building', 'fire_final', 'pool_barrier'];
    $base = new DateTimeImmutable('2024-03-04 08:00:00');
    $produced = 0;

    // the permit portal publishes one scheduling request at a time
    $feed = static function () use ($bus, $templates, $base, &$produced): void {
        $i = $produced++;
        $bus->dispatch(new ScheduleInspection(
            sprintf('INSP-%07d', 100000 + $i),
            sprintf('BP-24-%05d', $i % 40000),
            $templates[$i % count($templates)],
            $base->modify(sprintf('+%d hours', $i * 53)),
            sprintf('B%04d', 1000 + $i % 37),
        ));
    };

    (new Worker($transport, $bus, $feed))->run(['limit' => $n]);
}
