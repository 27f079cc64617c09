<?php
// A user and its profile point at each other; built per imported row.

class User
{
    public ?Profile $profile = null;

    public function __construct(public string $email) {}
}

class Profile
{
    public ?User $user = null;

    public function __construct(public string $displayName, public string $bio) {}
}

function importRow(array $row): string
{
    $user = new User($row['email']);
    $profile = new Profile($row['name'], $row['bio']);
    $user->profile = $profile;
    $profile->user = $user; // leak

    return strtolower($user->profile->displayName);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    importRow([
        'email' => "user{$i}@example.org",
        'name' => "User Number {$i}",
        'bio' => str_repeat('Likes long walks by the river. ', 12),
    ]);
}
