<?php
// The audit trail appends every handled request to a static list.

final class AuditTrail
{
    /** @var list<array{at: int, user: string, action: string, payload: string}> */
    private static array $entries = [];

    public static function record(string $user, string $action, array $payload): void
    {
        self::$entries[] = [ // leak
            'at' => time(),
            'user' => $user,
            'action' => $action,
            'payload' => json_encode($payload),
        ];
    }
}

final class ProfileController
{
    public function update(array $request): array
    {
        AuditTrail::record($request['user'], 'profile.update', $request['body']);
        return ['status' => 204];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ProfileController();
for ($i = 0; $i < $n; $i++) {
    $controller->update([
        'user' => "user-{$i}",
        'body' => ['bio' => str_repeat('I write software. ', 20), 'city' => 'Lyon'],
    ]);
}
