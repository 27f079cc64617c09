<?php
// An admin panel middleware records an audit entry for every request into a buffer returned by a helper function and writes the buffered entries to the audit table once the response is ready.

final class AuditEntry
{
    public function __construct(
        public readonly string $actor,
        public readonly string $action,
        public readonly string $path,
        public readonly array $input,
        public readonly string $ip,
        public readonly int $at,
    ) {}

    public function toRow(): array
    {
        return [
            'actor' => $this->actor,
            'action' => $this->action,
            'path' => $this->path,
            'input' => json_encode($this->input),
            'ip' => $this->ip,
            'created_at' => date('c', $this->at),
        ];
    }
}

function audit_trail(): ArrayObject
{
    static $buffer = null;
    if ($buffer === null) {
        $buffer = new ArrayObject([], ArrayObject::STD_PROP_LIST);
    }
    return $buffer;
}

final class AuditMiddleware
{
    private const MASKED = ['password', 'token', 'card_number'];

    public function process(array $request, callable $next): array
    {
        $response = $next($request);
        if (in_array($request['method'], ['POST', 'PUT', 'DELETE'], true)) {
            audit_trail()->append(new AuditEntry(
                $request['user'] ?? 'anonymous',
                strtolower($request['method']) . ':' . ($request['route'] ?? 'unknown'),
                $request['path'],
                $this->mask($request['body'] ?? []),
                $request['ip'] ?? '0.0.0.0',
                1700000000 + $request['id'],
            ));
        }
        flush_audit_trail();
        return $response;
    }

    private function mask(array $input): array
    {
        foreach ($input as $key => $value) {
            if (in_array($key, self::MASKED, true)) {
                $input[$key] = '***';
            }
        }
        return $input;
    }
}

function flush_audit_trail(PDO|null $pdo = null): int
{
    $written = 0;
    $buffer = audit_trail();
    foreach (array_keys($buffer->getArrayCopy()) as $key) {
        $row = $buffer[$key]->toRow();
        $written += $pdo === null ? 1 : 0;
        $buffer->offsetUnset($key);
    }
    return $written;
}

function admin_controller(array $request): array
{
    return ['status' => 200, 'body' => json_encode(['ok' => true, 'path' => $request['path']])];
}

register_shutdown_function('flush_audit_trail');

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$middleware = new AuditMiddleware();
for ($i = 0; $i < $n; $i++) {
    $middleware->process([
        'id' => $i,
        'method' => $i % 4 === 0 ? 'GET' : 'POST',
        'route' => 'admin.users.update',
        'path' => '/admin/users/' . (40 + $i % 7),
        'user' => 'admin@example.com',
        'ip' => '10.0.0.' . ($i % 250),
        'body' => ['email' => "member{$i}@example.com", 'password' => 'secret', 'roles' => ['editor', 'billing'], 'note' => str_repeat('Updated via admin panel. ', 12)],
    ], 'admin_controller');
}
