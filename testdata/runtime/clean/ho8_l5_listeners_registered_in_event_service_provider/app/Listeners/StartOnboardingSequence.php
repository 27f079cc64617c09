<?php

namespace App\Listeners;

use App\Events\EmailVerified;
use App\Mail\OnboardingMailer;

class StartOnboardingSequence
{
    public function __construct(private OnboardingMailer $mailer) {}

    public function handle(EmailVerified $event): void
    {
        $user = $event->user;
        $this->mailer->send($user->email, 'onboarding.day-one', ['name' => $user->name, 'plan' => $user->profile['plan']]);
    }
}
