<?php

declare(strict_types=1);

/*
 * Vaccination reminder dispatcher: a long-running queue consumer
 * (supervisord keeps `php reminder-worker.php` alive) that sends the
 * reminders the nightly scheduler enqueued.
 */

namespace Vetcare\Messaging\Broker {

    /** Stand-in for an AMQP channel: replays the reminders of the night. */
    final class InMemoryBroker
    {
        private int $delivered = 0;
        private int $acked = 0;

        public function __construct(private int $limit)
        {
        }

        public function get(string $queue): ?array
        {
            if ($this->delivered >= $this->limit) {
                return null;
            }
            $i = ++$this->delivered;
            return [
                'delivery_tag' => $i,
                'body' => json_encode([
                    'reminder_id' => 900000 + $i,
                    'pet' => ['Bella', 'Milo', 'Coco', 'Loki', 'Nala', 'Teddy'][$i % 6],
                    'owner' => sprintf('Owner %d', 31000 + $i),
                    'channel' => ['sms', 'email', 'push', 'email'][$i % 4],
                    'recipient' => $i % 4 === 0 || $i % 4 === 2 ? sprintf('+4479%08d', 1000000 + $i) : sprintf('owner%d@example.net', $i),
                    'vaccine' => ['rabies', 'DHPP', 'leptospirosis', 'FeLV'][$i % 4],
                    'due' => date('Y-m-d', 1735689600 + 86400 * ($i % 30)),
                ]),
            ];
        }

        public function ack(int $deliveryTag): void
        {
            $this->acked++;
        }
    }
}

namespace Vetcare\Reminders {

    enum DeliveryChannel: string
    {
        case Sms = 'sms';
        case Email = 'email';
        case Push = 'push';
    }

    final class ReminderMessage
    {
        public function __construct(
            public readonly int $reminderId,
            public readonly string $petName,
            public readonly string $ownerName,
            public readonly string $channel,
            public readonly string $recipient,
            public readonly string $vaccine,
            public readonly string $dueDate,
        ) {
        }

        public static function fromJson(string $body): self
        {
            $d = json_decode($body, true, 4, JSON_THROW_ON_ERROR);
            return new self($d['reminder_id'], $d['pet'], $d['owner'], $d['channel'], $d['recipient'], $d['vaccine'], $d['due']);
        }
    }

    final class ChannelTransport
    {
        private int $sentThisWindow = 0;
        private float $windowStartedAt = 0.0;

        public function __construct(
            public readonly string $name,
            private array $settings,
        ) {
        }

        public function send(ReminderMessage $message, string $text): bool
        {
            $now = microtime(true);
            if ($now - $this->windowStartedAt > 60.0) {
                $this->windowStartedAt = $now;
                $this->sentThisWindow = 0;
            }
            if ($this->sentThisWindow >= $this->settings['per_minute']) {
                return false;
            }
            $this->sentThisWindow++;
            return strlen($text) <= $this->settings['max_length'];
        }
    }

    /**
     * Registry of the delivery transports, shared by everything in the
     * process. Lives in $GLOBALS so that the legacy cron scripts that include
     * this file see the same instance.
     */
    final class NotificationChannels
    {
        /** @var array<string, ChannelTransport> */
        private array $transports = [];

        private function __construct(private array $config)
        {
        }

        public static function instance(): self
        {
            return $GLOBALS['vetcare_notification_channels'] ??= new self([
                'sms' => ['dsn' => 'sms://api.textgateway.invalid', 'per_minute' => 600, 'max_length' => 612, 'sender' => 'VETCLINIC'],
                'email' => ['dsn' => 'smtp://mail.clinic.invalid:587', 'per_minute' => 1200, 'max_length' => 20000, 'sender' => 'reminders@clinic.invalid'],
                'push' => ['dsn' => 'fcm://project-vetcare', 'per_minute' => 3000, 'max_length' => 1024, 'sender' => 'vetcare-app'],
            ]);
        }

        public function transport(string $key): ChannelTransport
        {
            if (!isset($this->transports[$key])) {
                [$channel] = explode(':', $key, 2);
                $settings = $this->config[$channel] + [
                    'key' => $key,
                    'signature' => sprintf("\n-- \nRiverside Veterinary Clinic, 14 Mill Lane. Reply STOP to opt out of reminders sent via %s. Ref %s", $channel, $key),
                    'created_at' => date(DATE_ATOM),
                    'headers' => ['X-Clinic' => 'riverside', 'X-Transport' => $key, 'X-Priority' => 'normal'],
                ];
                $this->transports[$key] = new ChannelTransport($key, $settings);
            }
            return $this->transports[$key];
        }
    }

    /**
     * Which transport serves a reminder: one per delivery channel. The
     * channel comes from the message, so it is mapped onto the enum first
     * and unknown channels fall back to e-mail.
     */
    function transport_key(ReminderMessage $message): string
    {
        $channel = DeliveryChannel::tryFrom($message->channel) ?? DeliveryChannel::Email;
        return $channel->value;
    }

    final class ReminderRenderer
    {
        public function render(ReminderMessage $m): string
        {
            return sprintf('Hi %s, %s is due for the %s vaccination on %s. Book at clinic.invalid/book', $m->ownerName, $m->petName, $m->vaccine, $m->dueDate);
        }
    }

    final class ReminderDispatchConsumer
    {
        private int $sent = 0;
        private int $deferred = 0;

        public function __construct(private ReminderRenderer $renderer)
        {
        }

        public function consume(string $body): void
        {
            $message = ReminderMessage::fromJson($body);
            $transport = NotificationChannels::instance()->transport(transport_key($message));
            if ($transport->send($message, $this->renderer->render($message))) {
                $this->sent++;
            } else {
                $this->deferred++;
            }
        }
    }
}

namespace {

    use Vetcare\Messaging\Broker\InMemoryBroker;
    use Vetcare\Reminders\ReminderDispatchConsumer;
    use Vetcare\Reminders\ReminderRenderer;

    $broker = new InMemoryBroker((int) (getenv('PHPLEAK_N') ?: 100));
    $consumer = new ReminderDispatchConsumer(new ReminderRenderer());

    while (($delivery = $broker->get('vaccination_reminders')) !== null) {
        $consumer->consume($delivery['body']);
        $broker->ack($delivery['delivery_tag']);
    }
}
