<?php

namespace Community\Mention;

final class MentionParser
{
    /** @return list<Mention> */
    public function parse(string $markdown): array
    {
        if (!preg_match_all('/(?<![\w@])@([a-z0-9_]{3,20})/i', $markdown, $matches, PREG_OFFSET_CAPTURE)) {
            return [];
        }
        $mentions = [];
        foreach ($matches[1] as [$handle, $offset]) {
            $start = max(0, $offset - 70);
            $mentions[] = new Mention(strtolower($handle), trim(substr($markdown, $start, 160)));
        }

        return $mentions;
    }
}
