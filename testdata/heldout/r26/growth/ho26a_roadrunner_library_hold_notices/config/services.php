<?php

use App\Holds\HoldNotifier;
use App\Holds\HoldService;
use App\Holds\MailTransport;
use App\Http\HoldController;
use App\Http\SendQueuedNotices;
use Spiral\Stub\Container;

return static function (Container $c): void {
    $c->singleton(MailTransport::class, fn () => new MailTransport());
    $c->bind(HoldNotifier::class, fn (Container $c) => new HoldNotifier($c->get(MailTransport::class)));
    $c->singleton(HoldService::class, fn (Container $c) => new HoldService(
        $c->get(HoldNotifier::class),
        [
            'B1001' => 'The Salt Path',
            'B1002' => 'A Brief History of Time',
            'B1003' => 'Where the Crawdads Sing',
            'B1004' => 'Pride and Prejudice',
        ],
        ['B1001' => 14, 'B1002' => 2, 'B1003' => 31, 'B1004' => 0],
    ));
    $c->singleton(HoldController::class, fn (Container $c) => new HoldController($c->get(HoldService::class)));
    $c->singleton(SendQueuedNotices::class, fn (Container $c) => new SendQueuedNotices($c));
};
