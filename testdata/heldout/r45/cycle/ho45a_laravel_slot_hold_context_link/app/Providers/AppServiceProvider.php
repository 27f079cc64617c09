<?php

declare(strict_types=1);

namespace App\Providers;

use App\Mail\BookingConfirmationMailer;
use App\Scheduling\SlotInventory;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(SlotInventory::class, static fn () => new SlotInventory([
            'dr_okafor' => ['08:00', '16:45'],
            'dr_lindqvist' => ['09:00', '17:45'],
            'np_ramanathan' => ['07:30', '15:15'],
            'dr_costa' => ['12:00', '20:45'],
        ], new \DateTimeZone('America/Chicago')));

        $this->app->singleton(BookingConfirmationMailer::class, static fn () => new BookingConfirmationMailer('appointments@portal.example-health.org'));
    }
}
