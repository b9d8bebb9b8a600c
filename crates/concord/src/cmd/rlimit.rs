//! The process's open-file limit (`RLIMIT_NOFILE`), raised by `serve` to
//! what its connection limit needs: every connection is a file descriptor.

/// Raises the soft open-file limit to `needed`, within the hard limit.
/// Says why when the limit stays below `needed`.
pub fn raise_open_files(needed: u64) -> Result<u64, String> {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
        // SAFETY: getrlimit writes only into the struct it is given.
        if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut limit) } != 0 {
            return Err(format!("cannot read the open-file limit: {}", std::io::Error::last_os_error()));
        }
        // rlim_t is u64 on Linux and the BSDs.
        let (soft, hard): (u64, u64) = (limit.rlim_cur, limit.rlim_max);
        if soft >= needed {
            return Ok(soft);
        }
        let target = needed.min(hard);
        limit.rlim_cur = target;
        // SAFETY: setrlimit reads only the struct it is given; the soft limit
        // stays within the hard one.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raw const limit) } != 0 {
            return Err(format!(
                "cannot raise the open-file limit from {soft} to {target}: {}; \
                 fewer connections than --max-connections may be served",
                std::io::Error::last_os_error()
            ));
        }
        if target < needed {
            return Err(format!(
                "the open-file limit is {target} (the hard limit), below the {needed} that --max-connections needs; \
                 raise it (ulimit -Hn, LimitNOFILE= in systemd) or lower --max-connections"
            ));
        }
        Ok(target)
    }
    #[cfg(not(unix))]
    {
        let _ = needed;
        Ok(u64::MAX)
    }
}
