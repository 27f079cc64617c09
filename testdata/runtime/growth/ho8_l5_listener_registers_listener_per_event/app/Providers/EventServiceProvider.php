<?php

namespace App\Providers;

use App\Events\UserRegistered;
use App\Listeners\StartOnboardingSequence;
use Illuminate\Foundation\Support\Providers\EventServiceProvider as ServiceProvider;

class EventServiceProvider extends ServiceProvider
{
    protected array $listen = [
        UserRegistered::class => [StartOnboardingSequence::class],
    ];
}
