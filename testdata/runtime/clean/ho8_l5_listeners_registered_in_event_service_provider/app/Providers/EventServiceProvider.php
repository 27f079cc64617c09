<?php

namespace App\Providers;

use App\Events\EmailVerified;
use App\Events\UserRegistered;
use App\Listeners\SendEmailVerificationNotification;
use App\Listeners\StartOnboardingSequence;
use Illuminate\Foundation\Support\Providers\EventServiceProvider as ServiceProvider;

class EventServiceProvider extends ServiceProvider
{
    protected array $listen = [
        UserRegistered::class => [SendEmailVerificationNotification::class],
        EmailVerified::class => [StartOnboardingSequence::class],
    ];
}
