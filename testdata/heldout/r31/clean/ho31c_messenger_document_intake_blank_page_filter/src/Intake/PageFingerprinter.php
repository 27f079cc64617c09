<?php

namespace App\Intake;

final class PageFingerprinter
{
    public function fingerprint(string $pageText): string
    {
        $normalised = preg_replace('/\s+/', ' ', strtolower(trim($pageText)));

        return sha1($normalised);
    }
}
