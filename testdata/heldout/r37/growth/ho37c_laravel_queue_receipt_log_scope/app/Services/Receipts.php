<?php

namespace App\Services;

final class DonorRecord
{
    public function __construct(
        public readonly int $id,
        public readonly string $email,
        public readonly string $fullName,
        public readonly string $receiptPreference,
    ) {
    }
}

final class DonorRepository
{
    public function find(int $id): DonorRecord
    {
        // roughly half of sustaining donors opt into the year-end summary
        $preference = $id % 2 === 1 ? 'annual_summary' : 'per_gift';

        return new DonorRecord($id, "donor$id@friends.example", 'Donor #' . $id, $preference);
    }
}

final class ReceiptMailer
{
    private int $sent = 0;

    public function send(DonorRecord $donor, string $subject, string $body): string
    {
        $this->sent++;

        return sprintf('<%s.%d@mail.friends.example>', substr(sha1($donor->email . $subject), 0, 16), $this->sent);
    }
}
