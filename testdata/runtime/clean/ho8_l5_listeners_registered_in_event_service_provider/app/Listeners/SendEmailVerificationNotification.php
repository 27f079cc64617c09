<?php

namespace App\Listeners;

use App\Events\UserRegistered;
use App\Mail\OnboardingMailer;

class SendEmailVerificationNotification
{
    public function __construct(private OnboardingMailer $mailer) {}

    public function handle(UserRegistered $event): void
    {
        $this->mailer->send($event->user->email, 'auth.verify-email', ['signature' => hash('sha256', $event->user->email)]);
    }
}
