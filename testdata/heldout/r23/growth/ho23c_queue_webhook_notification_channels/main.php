<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Notifications/Notifiable.php';
require __DIR__ . '/src/Notifications/Channels.php';
require __DIR__ . '/src/Notifications/NotificationSender.php';
require __DIR__ . '/src/Jobs/SendOrderShippedNotification.php';

use App\Jobs\SendOrderShippedNotification;
use App\Notifications\ChannelManager;
use App\Notifications\NotificationSender;
use App\Notifications\OrderShipped;
use App\Notifications\Subscriber;
use Illuminate\Lite\Container;
use Illuminate\Lite\Facade;

$app = new Container();
$app->singleton('config', static fn (): \ArrayObject => new \ArrayObject([
    'mail.dsn' => 'smtp://mailer.internal:2525',
    'webhooks.timeout' => 4.0,
    'webhooks.user_agent' => 'ShopHooks/1.8 (+https://shop.example.test/webhooks)',
    'notifications.channels' => ['mail', 'webhook'],
]));
$app->singleton('notification.channels', static fn (Container $c): ChannelManager => new ChannelManager($c));
$app->singleton(NotificationSender::class, static fn (): NotificationSender => new NotificationSender());
Facade::setFacadeApplication($app);

$carriers = ['dhl', 'ups', 'postnord'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $subscriberId = 310000 + $i;
    $job = new SendOrderShippedNotification(
        new Subscriber(
            $subscriberId,
            "ops+{$subscriberId}@merchant{$subscriberId}.example",
            "https://hooks.merchant{$subscriberId}.example/shop-events/v2/orders",
            hash('sha256', 'whsec_' . $subscriberId),
        ),
        new OrderShipped(sprintf('SO-%08d', 5000000 + $i), $carriers[$i % 3], strtoupper(bin2hex(random_bytes(8)))),
    );
    $job->handle($app->make(NotificationSender::class));
}
