<?php

function search_log_query(string $query): void
{
    $GLOBALS['search_pending_queries'][] = ['q' => $query, 'at' => microtime(true), 'trace' => str_repeat('q', 600)];
}
