<?php
// A CMS records content edits on a global SplQueue that an exporter drains with dequeue() after each request.

$auditQueue = new SplQueue();

function audit(string $action, string $user, array $diff): void
{
    global $auditQueue;
    $auditQueue->enqueue([
        'action' => $action,
        'user' => $user,
        'at' => date(DATE_ATOM),
        'diff' => json_encode($diff),
    ]);
}

function exportAudit(): int
{
    global $auditQueue;
    $exported = 0;
    while (!$auditQueue->isEmpty()) {
        $auditQueue->dequeue();
        $exported++;
    }
    return $exported;
}

function savePage(int $pageId, string $editor): void
{
    $before = ['title' => "Page {$pageId}", 'body' => str_repeat('lorem ', 60)];
    $after = ['title' => "Page {$pageId} (rev)", 'body' => str_repeat('ipsum ', 60)];
    audit('page.update', $editor, ['before' => $before, 'after' => $after]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    savePage($i, 'editor' . ($i % 7));
    exportAudit();
}
