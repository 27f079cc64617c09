<?php

declare(strict_types=1);

namespace Acme\Notify;

use SplObjectStorage;

enum Channel: string
{
    case Mail = 'mail';
    case Sms = 'sms';
    case Push = 'push';
}

final class Notification
{
    /** @param list<Channel> $channels */
    public function __construct(
        public readonly string $id,
        public readonly string $recipient,
        public readonly string $subject,
        public readonly string $body,
        public readonly array $channels,
    ) {
    }
}

final class DeliveryReport
{
    /** @var array<string, string> */
    public array $results = [];

    public function __construct(
        public readonly string $notificationId,
        public readonly float $startedAt,
    ) {
    }

    public function add(Channel $channel, string $providerReference): void
    {
        $this->results[$channel->value] = $providerReference;
    }
}

interface ChannelSender
{
    public function send(Notification $notification): string;
}

final class SmsGatewaySender implements ChannelSender
{
    public function send(Notification $notification): string
    {
        return 'SM' . substr(hash('sha256', $notification->id . $notification->recipient), 0, 32);
    }
}

final class MailerSender implements ChannelSender
{
    public function send(Notification $notification): string
    {
        return sprintf('<%s.%s@mailer.acme.test>', $notification->id, substr(md5($notification->body), 0, 12));
    }
}

final class PushSender implements ChannelSender
{
    public function send(Notification $notification): string
    {
        return 'projects/acme/messages/' . crc32($notification->id);
    }
}

/**
 * Sends one notification to every channel it asks for and remembers the
 * delivery report of each notification for listeners that audit it later.
 */
final class NotificationFanout
{
    /** @var SplObjectStorage<Notification, DeliveryReport> */
    private SplObjectStorage $reports;

    /** @param array<string, ChannelSender> $senders */
    public function __construct(private readonly array $senders)
    {
        $this->reports = new SplObjectStorage();
    }

    public function dispatch(Notification $notification): DeliveryReport
    {
        $report = new DeliveryReport($notification->id, microtime(true));
        foreach ($notification->channels as $channel) {
            $sender = $this->senders[$channel->value] ?? null;
            if ($sender !== null) {
                $report->add($channel, $sender->send($notification));
            }
        }
        $this->reports[$notification] = $report; // leak

        return $report;
    }

    public function reportFor(Notification $notification): ?DeliveryReport
    {
        return $this->reports[$notification] ?? null;
    }
}

final class DeliveryAuditListener
{
    private int $delivered = 0;
    private int $partial = 0;

    public function __construct(private readonly NotificationFanout $fanout)
    {
    }

    public function onSent(Notification $notification): void
    {
        $report = $this->fanout->reportFor($notification);
        if ($report === null) {
            return;
        }
        count($report->results) === count($notification->channels) ? $this->delivered++ : $this->partial++;
    }
}

final class SendNotificationJob
{
    public function __construct(
        private readonly NotificationFanout $fanout,
        private readonly DeliveryAuditListener $audit,
    ) {
    }

    /** @param array{user: int, phone: string, order: string} $payload */
    public function handle(array $payload): void
    {
        $notification = new Notification(
            sprintf('ntf_%s_%d', $payload['order'], $payload['user']),
            $payload['phone'],
            "Your order {$payload['order']} has shipped",
            sprintf(
                "Hi! Your order %s is on its way. Track it at https://track.acme.test/%s?u=%d. %s",
                $payload['order'],
                $payload['order'],
                $payload['user'],
                str_repeat('Reply STOP to opt out. ', 6),
            ),
            [Channel::Sms, Channel::Mail, Channel::Push],
        );

        $this->fanout->dispatch($notification);
        $this->audit->onSent($notification);
    }
}

$fanout = new NotificationFanout([
    Channel::Mail->value => new MailerSender(),
    Channel::Sms->value => new SmsGatewaySender(),
    Channel::Push->value => new PushSender(),
]);
$job = new SendNotificationJob($fanout, new DeliveryAuditListener($fanout));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job->handle(['user' => 1000 + $i, 'phone' => sprintf('+3161%07d', $i), 'order' => sprintf('A%07d', $i)]);
}
