package vn.sgddt.kehoach.exchange.appendix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.sgddt.kehoach.directory.Unit;
import vn.sgddt.kehoach.directory.UnitKind;

/**
 * Recognises the agency's units as offices write them: full names, codes and abbreviations ("Phòng GDTrH",
 * "Phòng KT&QLCLGD", "Phòng GDMN-TH"), with or without "Phòng" and "Sở", typos of spacing ("Phòng KT&QLC LGD"),
 * administrator-made aliases, and group phrases ("các phòng Sở" = every PHONG other than the lead). Everything
 * else is a body outside the agency.
 */
final class UnitResolver {

    private static final Pattern ALL_DEPARTMENTS = Pattern.compile(
            "^cac (phong|phong chuyen mon|phong ban)( (thuoc|cua|truc thuoc))?( so( gd ?& ?dt| giao duc va dao tao)?)?$");
    private static final Set<String> STOP_WORDS = Set.of("va", "so", "phong");
    /** Words that continue a list item after a comma: "UBND các huyện, thị xã, thành phố" is one body. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(thi xa|thanh pho|thi tran|huyen|xa|phuong|quan|tinh|doan the|to chuc|the thao)( .*)?$");
    /**
     * Words a body's name starts with. After "và" they start the next body ("… liên quan và UBND các huyện"); any
     * other word continues the name ("Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội").
     */
    private static final Pattern BODY_START = Pattern.compile("^(cac )?(so|ubnd|uy ban|hdnd|hoi dong|phong|ban|hoi"
            + "|cong an|truong|thanh tra|van phong|bo|cuc|chi cuc|tong cuc|dai|bao|lien doan|trung tam|tinh doan"
            + "|doan|mat tran|ubmttq|bao hiem|kho bac|vien|dai hoc|hoc vien|benh vien|bo chi huy|don vi|co quan"
            + "|nganh|dia phuong|cong ty|tong cong ty|ngan hang|chi nhanh|lien hiep|lien minh|co so|nha truong"
            + "|giao vien|hoc sinh|cha me|phu huynh|ca nhan|to chuc)( |$)");

    private final List<Unit> units;
    private final Map<String, String> keyToCode = new HashMap<>();

    UnitResolver(List<Unit> units, Map<String, String> aliases) {
        this.units = units;
        for (Unit u : units) {
            for (String key : keys(u)) {
                keyToCode.putIfAbsent(key, u.getCode());
            }
        }
        keyToCode.putAll(aliases);
    }

    /** The ways a unit can be written, compacted. */
    static Set<String> keys(Unit u) {
        Set<String> keys = new LinkedHashSet<>();
        String code = VietText.compact(u.getCode());
        String name = VietText.fold(u.getName());
        keys.add(code);
        keys.add("phong" + code);
        String core = name.replaceAll("^(phong|van phong|thanh tra)\\s+", "").replaceAll("\\s+so$", "");
        keys.add(VietText.compact(name));
        keys.add(VietText.compact(name).replaceAll("so$", ""));
        keys.add(VietText.compact(core));
        StringBuilder acronym = new StringBuilder();
        for (String w : core.replaceAll("[^a-z0-9 ]", " ").split("\\s+")) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                acronym.append(w.charAt(0));
            }
        }
        if (acronym.length() >= 2) {
            keys.add(acronym.toString());
            keys.add("phong" + acronym);
        }
        if (u.getKind() == UnitKind.VAN_PHONG) {
            keys.add("vanphong");
            keys.add("vp");
        }
        if (u.getKind() == UnitKind.THANH_TRA) {
            keys.add("thanhtra");
        }
        return keys;
    }

    /** The unit code for a written name, if it is one of the agency's units. */
    Optional<String> resolve(String written) {
        String key = VietText.compact(written);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String code = keyToCode.get(key);
        if (code == null && key.endsWith("so")) {
            code = keyToCode.get(key.substring(0, key.length() - 2));
        }
        if (code == null && key.endsWith("sogddt")) {
            code = keyToCode.get(key.substring(0, key.length() - 6));
        }
        return Optional.ofNullable(code);
    }

    /** "các phòng Sở", "các phòng chuyên môn": every department other than the lead. */
    boolean isAllDepartments(String written) {
        return ALL_DEPARTMENTS.matcher(VietText.fold(written).replaceAll("[.]", "")).matches();
    }

    List<String> allDepartmentsExcept(String lead) {
        return units.stream().filter(u -> u.getKind() == UnitKind.PHONG && !u.getCode().equals(lead))
                .map(Unit::getCode).toList();
    }

    /**
     * Splits a list on ";", "," and "và", keeping "UBND các huyện, thị xã, thành phố" as one body and a unit whose
     * name has "và" in it ("Phòng Khảo thí và Quản lý chất lượng giáo dục") as one unit.
     */
    List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split("[;\\n]")) {
            List<String> commaParts = new ArrayList<>();
            for (String c : part.split(",")) {
                String trimmed = c.strip().replaceAll("^[-–+•]\\s*", "");
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!commaParts.isEmpty() && CONTINUATION.matcher(VietText.fold(trimmed)).matches()) {
                    int last = commaParts.size() - 1;
                    commaParts.set(last, commaParts.get(last) + ", " + trimmed);
                } else {
                    commaParts.add(trimmed);
                }
            }
            for (String item : commaParts) {
                items.addAll(splitOnAnd(item));
            }
        }
        return items.stream().map(s -> s.replaceAll("[.]+$", "").strip()).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether the words after a "và" go on with the name before it rather than name another body or unit. */
    private boolean continuesName(String next) {
        return resolve(next).isEmpty() && !BODY_START.matcher(VietText.fold(next.strip())).find();
    }

    private List<String> splitOnAnd(String item) {
        if (resolve(item).isPresent()) {
            return List.of(item);
        }
        String[] pieces = item.split("(?i)\\s+(và|va)\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            String current = pieces[i];
            // "Phòng Khảo thí" + "Quản lý chất lượng giáo dục" is one unit, "Sở Thông tin" + "Truyền thông" one body
            while (i + 1 < pieces.length && resolve(current).isEmpty()
                    && (resolve(current + " và " + pieces[i + 1]).isPresent() || continuesName(pieces[i + 1]))) {
                current = current + " và " + pieces[++i];
            }
            out.add(current);
        }
        return out;
    }
}
