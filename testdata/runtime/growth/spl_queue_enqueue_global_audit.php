<?php
// A CMS records content edits on a global SplQueue that an exporter reads by count but never dequeues.

$auditQueue = new SplQueue();

function audit(string $action, string $user, array $diff): void
{
    global $auditQueue;
    $auditQueue->enqueue([ // leak
        'action' => $action,
        'user' => $user,
        'at' => date(DATE_ATOM),
        'diff' => json_encode($diff),
    ]);
}

function exportAuditCount(): int
{
    global $auditQueue;
    return count($auditQueue);
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
    exportAuditCount();
}
