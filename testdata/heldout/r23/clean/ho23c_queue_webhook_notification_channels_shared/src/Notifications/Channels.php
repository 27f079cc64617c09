<?php

declare(strict_types=1);

namespace App\Notifications;

use HttpLite\Client;
use Illuminate\Lite\Facade;
use Illuminate\Lite\Manager;

interface Channel
{
    public function send(Subscriber $notifiable, OrderShipped $notification): bool;
}

final class MailChannel implements Channel
{
    /** @var array<string, int> */
    private array $sentPerDomain = [];

    public function __construct(private readonly string $transportDsn)
    {
    }

    public function send(Subscriber $notifiable, OrderShipped $notification): bool
    {
        $domain = substr((string) strrchr((string) $notifiable->routeNotificationFor('mail'), '@'), 1);
        $bucket = str_ends_with($domain, '.example') ? 'external' : 'internal';
        $this->sentPerDomain[$bucket] = ($this->sentPerDomain[$bucket] ?? 0) + 1;

        return true;
    }
}

final class WebhookChannel implements Channel
{
    public function __construct(
        private readonly Client $client,
        private readonly string $endpoint = '',
    ) {
    }

    public function send(Subscriber $notifiable, OrderShipped $notification): bool
    {
        $body = json_encode($notification->toArray($notifiable), JSON_THROW_ON_ERROR);
        $signature = hash_hmac('sha256', $body, $notifiable->webhookSecret());

        $uri = $this->endpoint !== '' ? '' : (string) $notifiable->routeNotificationFor('webhook');
        $response = $this->client->post($uri, [
            'body' => $body,
            'headers' => ['X-Signature' => $signature, 'Content-Type' => 'application/json'],
        ]);

        return $response->status < 300;
    }
}

final class ChannelManager extends Manager
{
    public function getDefaultDriver(): string
    {
        return 'mail';
    }

    public function channel(?string $name = null): Channel
    {
        return $this->driver($name);
    }

    protected function createDriver(string $driver): object
    {
        if (str_starts_with($driver, 'webhook:')) {
            return $this->createWebhookDriver(substr($driver, strlen('webhook:')));
        }

        return parent::createDriver($driver);
    }

    protected function createMailDriver(): MailChannel
    {
        return new MailChannel((string) $this->container->config('mail.dsn', 'smtp://localhost:25'));
    }

    protected function createWebhookDriver(string $endpoint = ''): WebhookChannel
    {
        $options = [
            'timeout' => (float) $this->container->config('webhooks.timeout', 5.0),
            'headers' => [
                'User-Agent' => (string) $this->container->config('webhooks.user_agent'),
                'Accept' => 'application/json',
            ],
        ];
        if ($endpoint !== '') {
            $options['base_uri'] = $endpoint;
        }

        return new WebhookChannel(new Client($options), $endpoint);
    }
}

final class Notification extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'notification.channels';
    }
}
