<?php

declare(strict_types=1);

require __DIR__ . '/src/templates.php';

use function Clinic\Reminders\template;

final class ReminderMessage
{
    public function __construct(
        public readonly string $pet,
        public readonly string $species,
        public readonly string $locale,
        public readonly string $due,
    ) {
    }
}

final class SendReminderHandler
{
    public int $sent = 0;

    public function __invoke(ReminderMessage $message): void
    {
        $text = strtr(template($message->species, $message->locale), ['{name}' => $message->pet, '{date}' => $message->due]);
        $this->sent += strlen($text);
    }
}

$handler = new SendReminderHandler();
$species = ['dog', 'cat', 'rabbit', 'parrot'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // owners' browser languages, as the booking form sent them
    $handler(new ReminderMessage('pet-' . $i, $species[$i % 4], sprintf('x%d-%s', $i, 'CH'), date('Y-m-d', 1_700_000_000 + $i * 3600)));
}
