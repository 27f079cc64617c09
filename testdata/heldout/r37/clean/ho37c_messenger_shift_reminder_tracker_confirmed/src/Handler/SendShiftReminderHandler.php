<?php

namespace App\Handler;

use App\Message\SendShiftReminder;
use App\Reminder\ReminderChannel;
use App\Reminder\ReminderDispatch;
use App\Reminder\ReminderTracker;

final class SendShiftReminderHandler
{
    /** @param array<string, ReminderChannel> $channels */
    public function __construct(
        private readonly ReminderTracker $tracker,
        private readonly array $channels,
        private readonly VolunteerDirectory $volunteers,
    ) {
    }

    public function __invoke(SendShiftReminder $message): string
    {
        $profile = $this->volunteers->profile($message->volunteerId);
        $channel = $profile['prefers'];
        $dispatch = new ReminderDispatch(
            $channel,
            $channel === 'sms' ? $profile['phone'] : $profile['email'],
            $this->compose($profile['first_name'], $message),
            $message->volunteerId,
            $message->shiftId,
        );

        $this->tracker->begin($dispatch);
        $this->channels[$channel]->send(
            $dispatch,
            fn (string $providerId) => $this->tracker->confirm($dispatch, $providerId),
        );

        return $dispatch->shiftId;
    }

    private function compose(string $firstName, SendShiftReminder $m): string
    {
        return sprintf(
            "Hi %s! Reminder: your %s shift at %s starts %s. Please arrive 15 minutes early, sign in at the volunteer desk and wear closed-toe shoes. Free parking is behind the building. Reply STOP to opt out. Ref %s",
            $firstName,
            $m->role,
            $m->siteName,
            date('D j M \a\t g:ia', $m->startsAt),
            $m->shiftId,
        );
    }
}

final class VolunteerDirectory
{
    /** @return array{first_name: string, phone: string, email: string, prefers: string} */
    public function profile(int $volunteerId): array
    {
        return [
            'first_name' => ['Amara', 'Ben', 'Chen', 'Dolores', 'Eitan'][$volunteerId % 5],
            'phone' => sprintf('+1555%07d', $volunteerId),
            'email' => sprintf('volunteer.%d@helpinghands.example', $volunteerId),
            'prefers' => $volunteerId % 2 === 0 ? 'sms' : 'email',
        ];
    }
}
