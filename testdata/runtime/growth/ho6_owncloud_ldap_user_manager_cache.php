<?php
// An LDAP user sync background job walks every directory entry through the LDAP User Manager, which caches each created user by DN and by uid in plain arrays that only grow.
// https://github.com/owncloud/core/pull/25323

final class LdapUser
{
    public array $groups = [];

    public function __construct(
        public readonly string $uid,
        public readonly string $dn,
        public string $displayName,
        public string $email,
        public int $quota,
    ) {}
}

final class Access
{
    public function readAttributes(string $dn): array
    {
        $cn = substr($dn, 3, strpos($dn, ',') - 3);
        return [
            'displayname' => ucwords(str_replace('.', ' ', $cn)),
            'mail' => $cn . '@corp.example.org',
            'quota' => 10 * 1024 * 1024 * 1024,
            'memberof' => ["cn=staff,ou=groups,dc=corp,dc=example,dc=org", "cn=team-" . crc32($cn) % 40 . ",ou=groups,dc=corp,dc=example,dc=org"],
        ];
    }
}

final class Manager
{
    /** @var array{byDN: array<string, LdapUser>, byUid: array<string, LdapUser>} */
    protected array $users = ['byDN' => [], 'byUid' => []];

    public function __construct(private Access $access) {}

    public function get(string $id): LdapUser
    {
        return $this->users['byUid'][$id] ?? $this->users['byDN'][$id] ?? $this->createAndCache($id);
    }

    private function createAndCache(string $dn): LdapUser
    {
        $attributes = $this->access->readAttributes($dn);
        $uid = 'ldap-' . substr(sha1($dn), 0, 16);
        $user = new LdapUser($uid, $dn, $attributes['displayname'], $attributes['mail'], $attributes['quota']);
        $user->groups = $attributes['memberof'];
        $this->users['byDN'][$dn] = $user; // leak
        $this->users['byUid'][$uid] = $user; // leak
        return $user;
    }
}

final class SyncJob
{
    public int $updated = 0;

    public function __construct(private Manager $manager) {}

    public function syncEntry(string $dn): void
    {
        $user = $this->manager->get($dn);
        if ($user->email !== '') {
            $this->updated++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new SyncJob(new Manager(new Access()));
for ($i = 0; $i < $n; $i++) {
    $job->syncEntry(sprintf('cn=user.%06d,ou=people,ou=berlin,dc=corp,dc=example,dc=org', $i));
}
