<?php
// A worker for a ticket desk. Legacy helpers share the request
// context through a global that a by-reference helper hands out.

function &desk_context(): array
{
    return $GLOBALS['desk_context'];
}

function desk_boot(): void
{
    $GLOBALS['desk_context'] = ['agent' => null, 'notes' => []];
}

function desk_note(string $ticket, string $text): void
{
    $ctx = &desk_context();
    $ctx['notes'][$ticket] = ['text' => $text, 'at' => microtime(true), 'trail' => str_repeat('seen; ', 30)]; // leak
}

final class TicketController
{
    public function reply(array $request): string
    {
        $ctx = &desk_context();
        $ctx['agent'] = $request['agent'];
        desk_note($request['ticket'], 'replied by ' . $request['agent']);
        return 'ok';
    }
}

desk_boot();
$controller = new TicketController();
$handler = static function (array $request) use ($controller): void {
    $controller->reply($request);
};
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler(['ticket' => 'T-' . (100000 + $i), 'agent' => 'agent' . ($i % 5)]);
}
