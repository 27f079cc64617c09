<?php
// A document-signing service handles requests in a worker loop through
// one handler closure made at start. The handler gets a sink for the
// request's audit events from a helper, audit_sink(array &$events),
// whose closure appends through use (&$events). The handler passes its
// own $trail, which it captured by reference: every request's events
// land in the one variable the handler keeps.

function audit_sink(array &$events): Closure
{
    return static function (string $event) use (&$events): void {
        $events[] = $event; // leak
    };
}

$trail = [];
$handle = function (array $request) use (&$trail): int {
    $sink = audit_sink($trail);
    foreach ($request['events'] as $event) {
        $sink($request['document'] . ':' . $event);
    }

    return count($request['events']);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handle(['document' => sprintf('contract-%06d-', $i) . str_repeat('x', 300), 'events' => ['opened', 'signed']]);
}
