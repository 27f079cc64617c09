<?php
namespace App\Http\Controllers;

use App\Support\AuditTrail;

final class ProfileController
{
    public function __construct(private AuditTrail $audit) {}

    public function update(array $input): array
    {
        $this->audit->record('profile.updated', [
            'user' => $input['user'],
            'bio' => $input['bio'],
            'ip' => $input['ip'],
        ]);
        return ['status' => 'saved'];
    }
}
