<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        /** @param list<object> $stamps */
        public function __construct(private object $message, private array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function with(object $stamp): self
        {
            $clone = clone $this;
            $clone->stamps[] = $stamp;

            return $clone;
        }
    }

    final class HandledStamp
    {
        public function __construct(public readonly mixed $result, public readonly string $handlerName)
        {
        }
    }

    /** Stand-in for messenger:consume: one long-lived bus, one handler map. */
    final class MessageBus
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = new Envelope($message);
            foreach ($this->handlers[$message::class] ?? [] as $name => $handler) {
                $envelope = $envelope->with(new HandledStamp($handler($message), (string) $name));
            }

            return $envelope;
        }
    }
}

namespace App\Message {
    final class ProcessInboundBounce
    {
        public function __construct(
            public readonly string $providerMessageId,
            public readonly string $rawDsn,
            public readonly int $receivedAt,
        ) {
        }
    }
}

namespace App\Bounce {
    enum BounceClass: string
    {
        case Hard = 'hard';
        case Soft = 'soft';
        case Transient = 'transient';

        public static function fromStatus(string $status): self
        {
            return match ($status[0] ?? '4') {
                '5' => str_starts_with($status, '5.2.') ? self::Soft : self::Hard,
                default => self::Transient,
            };
        }
    }

    final class RecipientStatus
    {
        /** @var \WeakReference<DeliveryStatusReport>|null */
        private ?\WeakReference $report = null;

        public function __construct(
            public readonly string $finalRecipient,
            public readonly string $action,
            public readonly string $status,
            public readonly string $diagnosticCode,
        ) {
        }

        public function attachTo(DeliveryStatusReport $report): void
        {
            $this->report = \WeakReference::create($report);
        }

        public function reportingMta(): string
        {
            return $this->report?->get()?->reportingMta ?? 'unknown';
        }

        public function classification(): BounceClass
        {
            return BounceClass::fromStatus($this->status);
        }
    }

    final class DeliveryStatusReport
    {
        /** @var list<RecipientStatus> */
        private array $recipients = [];

        public function __construct(
            public readonly string $originalMessageId,
            public readonly string $reportingMta,
            public readonly string $arrivalDate,
            public readonly string $humanReadablePart,
        ) {
        }

        public function addRecipient(RecipientStatus $status): void
        {
            $this->recipients[] = $status;
            $status->attachTo($this);
        }

        /** @return list<RecipientStatus> */
        public function recipients(): array
        {
            return $this->recipients;
        }
    }

    /** Parses multipart/report; report-type=delivery-status (RFC 3464). */
    final class DsnParser
    {
        public function parse(string $raw, string $fallbackMessageId): DeliveryStatusReport
        {
            [$human, $machine] = $this->splitParts($raw);
            $blocks = preg_split("/\r?\n\r?\n/", trim($machine)) ?: [];
            $perMessage = $this->fields(array_shift($blocks) ?? '');

            $report = new DeliveryStatusReport(
                $perMessage['original-envelope-id'] ?? $fallbackMessageId,
                $this->stripType($perMessage['reporting-mta'] ?? 'dns; unknown'),
                $perMessage['arrival-date'] ?? '',
                $human,
            );

            foreach ($blocks as $block) {
                $fields = $this->fields($block);
                if (!isset($fields['final-recipient'])) {
                    continue;
                }
                $report->addRecipient(new RecipientStatus(
                    strtolower($this->stripType($fields['final-recipient'])),
                    $fields['action'] ?? 'failed',
                    $fields['status'] ?? '5.0.0',
                    $this->stripType($fields['diagnostic-code'] ?? 'smtp; 550'),
                ));
            }

            return $report;
        }

        /** @return array{0: string, 1: string} */
        private function splitParts(string $raw): array
        {
            if (!preg_match('/boundary="([^"]+)"/', $raw, $m)) {
                return ['', $raw];
            }
            $parts = explode('--' . $m[1], $raw);
            $human = '';
            $machine = '';
            foreach ($parts as $part) {
                if (str_contains($part, 'Content-Type: message/delivery-status')) {
                    $machine = substr($part, (int) strpos($part, "\n\n") + 2);
                } elseif (str_contains($part, 'Content-Type: text/plain')) {
                    $human = trim(substr($part, (int) strpos($part, "\n\n") + 2));
                }
            }

            return [$human, $machine];
        }

        /** @return array<string, string> */
        private function fields(string $block): array
        {
            $fields = [];
            foreach (preg_split("/\r?\n(?![ \t])/", $block) ?: [] as $line) {
                if (str_contains($line, ':')) {
                    [$name, $value] = explode(':', $line, 2);
                    $fields[strtolower(trim($name))] = trim(preg_replace('/\s+/', ' ', $value));
                }
            }

            return $fields;
        }

        private function stripType(string $value): string
        {
            return trim(str_contains($value, ';') ? substr($value, strpos($value, ';') + 1) : $value);
        }
    }

    final class BounceMetrics
    {
        /** @var array<string, int> */
        private array $byClass = [];

        public function increment(BounceClass $class): void
        {
            $this->byClass[$class->value] = ($this->byClass[$class->value] ?? 0) + 1;
        }
    }
}

namespace App\MessageHandler {
    use App\Bounce\BounceClass;
    use App\Bounce\BounceMetrics;
    use App\Bounce\DsnParser;
    use App\Message\ProcessInboundBounce;

    final class ProcessInboundBounceHandler
    {
        public function __construct(private DsnParser $parser, private BounceMetrics $metrics)
        {
        }

        /** @return array<string, string> recipient => classification */
        public function __invoke(ProcessInboundBounce $message): array
        {
            $report = $this->parser->parse($message->rawDsn, $message->providerMessageId);
            $outcome = [];
            foreach ($report->recipients() as $recipient) {
                $class = $recipient->classification();
                $this->metrics->increment($class);
                if ($class !== BounceClass::Transient) {
                    $outcome[$recipient->finalRecipient] = $class->value . '@' . $recipient->reportingMta();
                }
            }

            return $outcome;
        }
    }
}

namespace {
    use App\Bounce\BounceMetrics;
    use App\Bounce\DsnParser;
    use App\Message\ProcessInboundBounce;
    use App\MessageHandler\ProcessInboundBounceHandler;
    use Symfony\Component\Messenger\MessageBus;

    function fake_dsn(int $i): string
    {
        $boundary = 'dsn-' . bin2hex(random_bytes(4));
        $mtas = ['mx1.mail.protection.outlook.test', 'gmail-smtp-in.l.google.test', 'mx.yandex.test'];
        $codes = [
            ['5.1.1', '550 5.1.1 The email account that you tried to reach does not exist.'],
            ['4.2.2', '452 4.2.2 The email account that you tried to reach is over quota.'],
            ['5.2.2', '552 5.2.2 Mailbox full; please try again later when space frees up.'],
        ];
        [$status, $diag] = $codes[$i % 3];
        $envId = sprintf('%s.%d@campaigns.acme-mail.test', substr(hash('sha256', "env$i"), 0, 24), $i);

        return "Content-Type: multipart/report; report-type=delivery-status; boundary=\"{$boundary}\"\n\n"
            . "--{$boundary}\nContent-Type: text/plain\n\n"
            . "This is the mail system at host {$mtas[$i % 3]}.\n\nI'm sorry to have to inform you that your message to "
            . "customer{$i}@example.test could not be delivered to one or more recipients. It's attached below.\n\n"
            . "--{$boundary}\nContent-Type: message/delivery-status\n\n"
            . "Reporting-MTA: dns; {$mtas[$i % 3]}\nOriginal-Envelope-Id: {$envId}\nArrival-Date: " . date(DATE_RFC2822, 1700000000 + $i * 37) . "\n\n"
            . "Final-Recipient: rfc822; customer{$i}@example.test\nAction: failed\nStatus: {$status}\nDiagnostic-Code: smtp; {$diag}\n\n"
            . "Final-Recipient: rfc822; billing+{$i}@example.test\nAction: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 421 4.4.7 Delivery time expired for queue id " . strtoupper(dechex(0xA0000 + $i)) . "\n\n"
            . "--{$boundary}--\n";
    }

    $metrics = new BounceMetrics();
    $bus = new MessageBus([
        ProcessInboundBounce::class => ['bounce.dsn' => new ProcessInboundBounceHandler(new DsnParser(), $metrics)],
    ]);

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $bus->dispatch(new ProcessInboundBounce('pm-' . (900000 + $i), fake_dsn($i), 1700000000 + $i));
    }
}
