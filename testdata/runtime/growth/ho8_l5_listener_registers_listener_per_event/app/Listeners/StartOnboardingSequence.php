<?php

namespace App\Listeners;

use App\Events\EmailVerified;
use App\Events\UserRegistered;
use App\Mail\OnboardingMailer;
use Illuminate\Support\Facades\Event;

class StartOnboardingSequence
{
    public function __construct(private OnboardingMailer $mailer) {}

    public function handle(UserRegistered $event): void
    {
        $user = $event->user;
        $mailer = $this->mailer;

        Event::listen(EmailVerified::class, function (EmailVerified $verified) use ($user, $mailer) { // leak
            if ($verified->userId === $user->id) {
                $mailer->send($user->email, 'onboarding.day-one', ['name' => $user->name, 'plan' => $user->profile['plan']]);
            }
        });
    }
}
