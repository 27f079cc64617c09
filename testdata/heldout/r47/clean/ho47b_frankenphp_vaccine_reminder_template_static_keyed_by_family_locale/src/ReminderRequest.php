<?php

namespace Vetcare\Reminders;

final class ReminderRequest
{
    public function __construct(
        public readonly string $clinicId,
        public readonly int $petId,
        public readonly string $petName,
        public readonly Species $species,
        public readonly string $locale,
        public readonly string $vaccine,
        public readonly string $dueDate,
    ) {
    }

    public static function fromGlobals(): self
    {
        return new self(
            $_SERVER['HTTP_X_CLINIC_ID'] ?? 'clinic-1',
            (int) ($_GET['pet_id'] ?? 0),
            trim((string) ($_GET['pet_name'] ?? '')),
            Species::tryFrom((string) ($_GET['species'] ?? '')) ?? Species::Canine,
            (string) ($_GET['lang'] ?? 'en'),
            (string) ($_GET['vaccine'] ?? 'rabies'),
            (string) ($_GET['due'] ?? ''),
        );
    }

    /** Values the template is personalised with. */
    public function personalisation(): array
    {
        return ['pet' => $this->petName, 'vaccine' => strtoupper($this->vaccine), 'due' => $this->dueDate];
    }
}
