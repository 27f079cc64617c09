<?php

namespace App\Providers;

use App\Holds\HoldNoticeBuffer;
use App\Holds\HoldService;
use App\Http\PlaceHoldController;
use App\Http\SendHoldNotices;
use Illuminate\Container\Container;

final class AppServiceProvider
{
    public function __construct(private Container $app)
    {
    }

    public function register(): void
    {
        $this->app->singleton(HoldNoticeBuffer::class, fn () => new HoldNoticeBuffer());
        $this->app->bind(HoldService::class, fn (Container $c) => new HoldService($c->make(HoldNoticeBuffer::class)));
        $this->app->singleton(SendHoldNotices::class, fn () => new SendHoldNotices());
        $this->app->singleton('http.kernel', fn () => static function (array $request, Container $sandbox): array {
            $response = (new PlaceHoldController())($request, $sandbox);
            $sandbox->make(SendHoldNotices::class)->terminate($sandbox);

            return $response;
        });
    }
}
