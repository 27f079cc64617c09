<?php

require __DIR__ . '/vendor/symfony-lite/Messenger.php';
require __DIR__ . '/src/Message/SendShiftReminder.php';
require __DIR__ . '/src/Reminder/ReminderDispatch.php';
require __DIR__ . '/src/Reminder/ReminderTracker.php';
require __DIR__ . '/src/Reminder/Channels.php';
require __DIR__ . '/src/Handler/SendShiftReminderHandler.php';

use App\Handler\SendShiftReminderHandler;
use App\Handler\VolunteerDirectory;
use App\Message\SendShiftReminder;
use App\Reminder\PostmarkEmailChannel;
use App\Reminder\ReminderTracker;
use App\Reminder\TwilioSmsChannel;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\Worker;

/** Stand-in for the doctrine transport: a fixed number of queued reminders. */
final class ShiftReminderReceiver implements ReceiverInterface
{
    private int $sent = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function get(): iterable
    {
        if ($this->sent >= $this->limit) {
            return [];
        }
        $i = $this->sent++;
        $sites = ['Eastside Food Bank', 'Riverside Shelter', 'Harbor Clinic'];
        $roles = ['Sorter', 'Greeter', 'Driver', 'Kitchen'];

        return [new Envelope(new SendShiftReminder(
            1000 + $i,
            sprintf('shift-%s', substr(md5('s' . $i), 0, 12)),
            $sites[$i % 3],
            1717200000 + $i * 1800,
            $roles[$i % 4],
        ))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}

// messenger:consume boot: services are shared for the life of the worker
$tracker = new ReminderTracker();
$handler = new SendShiftReminderHandler(
    $tracker,
    ['sms' => new TwilioSmsChannel(), 'email' => new PostmarkEmailChannel()],
    new VolunteerDirectory(),
);
$bus = new MessageBus([SendShiftReminder::class => [$handler]]);
$worker = new Worker(['async' => new ShiftReminderReceiver((int) (getenv('PHPLEAK_N') ?: 100))], $bus);
$worker->run();
