<?php
// An upload worker memoizes the thumbnail profile per media family, but
// the match on the upload's mime type answers the mime type itself for
// anything it does not know, parameters and file name included: one
// profile more per upload.

final class ThumbnailProfiles
{
    private array $profiles = [];

    public function forUpload(array $upload): array
    {
        $mime = $upload['content_type'];
        $tenant = in_array($upload['tenant'], ['acme', 'globex', 'initech'], true) ? $upload['tenant'] : 'shared';
        $family = match (true) {
            $mime === 'application/pdf' => 'document',
            str_starts_with($mime, 'image/') => 'image',
            str_starts_with($mime, 'video/') => 'video',
            default => $mime,
        };
        return $this->profiles[$tenant . '/' . $family] ??= ['family' => $family, 'sizes' => [64, 256, 1024], 'note' => str_repeat('profile ', 80)]; // leak
    }
}

$profiles = new ThumbnailProfiles();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $upload = json_decode(json_encode(['tenant' => ['acme', 'globex', 'initech'][$i % 3], 'content_type' => ['image/png', 'text/csv', 'video/mp4', 'application/pdf'][$i % 4] . '; name=upload-' . $i]), true);
    $profiles->forUpload($upload);
}
