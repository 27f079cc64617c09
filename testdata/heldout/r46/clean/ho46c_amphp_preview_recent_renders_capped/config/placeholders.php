<?php

// Placeholder renderers. They are written against PreviewContext and bound to
// the context of the preview being rendered ($this is the context).
return [
    'count' => function (string $text): string {
        return str_replace('{count}', (string) ($this->values['count'] ?? 0), $text);
    },
    'user' => function (string $text): string {
        return str_replace('{user}', $this->values['user'] ?? 'someone', $text);
    },
    'date' => function (string $text): string {
        return str_replace('{date}', $this->locale . ':' . ($this->values['date'] ?? 'today'), $text);
    },
];
